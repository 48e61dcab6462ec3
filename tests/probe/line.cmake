# Line services (FTP, Telnet, SSH, SNMP, MQTT): parser tests, then tests
# against real Debian daemons on 127.0.0.4-8 and hostile fakes on 127.0.0.1.
ab_add_test(tst_lineparsers SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_lineparsers.cpp LIBS abcore LABELS probe)
ab_add_test(tst_ftp SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_ftp.cpp ${CMAKE_CURRENT_SOURCE_DIR}/LineTestEnv.h LIBS abcore LABELS probe)
ab_add_test(tst_snmp SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_snmp.cpp ${CMAKE_CURRENT_SOURCE_DIR}/LineTestEnv.h LIBS abcore LABELS probe)
ab_add_test(tst_mqtt SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_mqtt.cpp ${CMAKE_CURRENT_SOURCE_DIR}/LineTestEnv.h LIBS abcore LABELS probe)
ab_add_test(tst_telnet SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_telnet.cpp ${CMAKE_CURRENT_SOURCE_DIR}/LineTestEnv.h LIBS abcore LABELS probe)
ab_add_test(tst_ssh SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_ssh.cpp ${CMAKE_CURRENT_SOURCE_DIR}/LineTestEnv.h LIBS abcore LABELS probe)
