# Facts: TLS audit against real openssl s_server instances, fingerprint rules, nmap XML import.
foreach(t tst_tlsaudit tst_fingerprints tst_nmapxml)
    if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/${t}.cpp)
        ab_add_test(${t} SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/${t}.cpp LIBS abcore LABELS probe)
    endif()
endforeach()
