# Facts: TLS audit (OpenSSL libssl), vulnerability fingerprints as data, nmap XML import.
target_sources(abcore PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/probe/TlsAudit.h ${CMAKE_CURRENT_SOURCE_DIR}/probe/TlsAudit.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/probe/Fingerprints.h ${CMAKE_CURRENT_SOURCE_DIR}/probe/Fingerprints.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/probe/NmapXml.h ${CMAKE_CURRENT_SOURCE_DIR}/probe/NmapXml.cpp
)
# The TLS audit speaks TLS itself: libssl on top of the libcrypto core already links.
target_link_libraries(abcore PUBLIC OpenSSL::SSL)
