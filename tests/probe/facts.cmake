# Facts: TLS audit against real openssl s_server instances, fingerprint rules, nmap XML import.
ab_add_test(tst_tlsaudit SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_tlsaudit.cpp LIBS abcore LABELS probe)
ab_add_test(tst_fingerprints SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_fingerprints.cpp LIBS abcore LABELS probe)
ab_add_test(tst_nmapxml SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_nmapxml.cpp LIBS abcore LABELS probe)
