# Line-oriented services: FTP, Telnet, SSH, SNMP v1/v2c, MQTT.
# SSH password checks use libssh (Debian-maintained; it does the key
# exchange, ciphers and MACs a real server demands, which no probe should
# re-implement by hand). The socket still comes from Conn::connect, so the
# scope gate, host slots and rate limit apply to SSH as to everything else.
target_sources(abcore PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/probe/line/LineProbes.h
    ${CMAKE_CURRENT_SOURCE_DIR}/probe/line/LineCommon.h
    ${CMAKE_CURRENT_SOURCE_DIR}/probe/line/LineParsers.h ${CMAKE_CURRENT_SOURCE_DIR}/probe/line/LineParsers.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/probe/line/SnmpBer.h ${CMAKE_CURRENT_SOURCE_DIR}/probe/line/SnmpBer.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/probe/line/FtpProbe.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/probe/line/TelnetProbe.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/probe/line/SshProbe.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/probe/line/SnmpProbe.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/probe/line/MqttProbe.cpp
)
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBSSH REQUIRED IMPORTED_TARGET libssh)
target_link_libraries(abcore PRIVATE PkgConfig::LIBSSH)
