# HTTP(S), RTSP, ONVIF and SIP probes with their parsers (core/probe/web/).
target_sources(abcore PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/probe/web/HttpMessage.h ${CMAKE_CURRENT_SOURCE_DIR}/probe/web/HttpMessage.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/probe/web/DigestAuth.h ${CMAKE_CURRENT_SOURCE_DIR}/probe/web/DigestAuth.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/probe/web/Stream.h ${CMAKE_CURRENT_SOURCE_DIR}/probe/web/Stream.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/probe/web/TlsStream.h ${CMAKE_CURRENT_SOURCE_DIR}/probe/web/TlsStream.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/probe/web/WebClient.h ${CMAKE_CURRENT_SOURCE_DIR}/probe/web/WebClient.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/probe/web/Soap.h ${CMAKE_CURRENT_SOURCE_DIR}/probe/web/Soap.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/probe/web/WebProbes.h
    ${CMAKE_CURRENT_SOURCE_DIR}/probe/web/HttpProbe.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/probe/web/RtspProbe.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/probe/web/OnvifProbe.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/probe/web/SipProbe.cpp
)
# TlsStream needs libssl (the rest of core only libcrypto).
target_link_libraries(abcore PUBLIC OpenSSL::SSL)
