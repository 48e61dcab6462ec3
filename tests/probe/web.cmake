# HTTP(S), RTSP, ONVIF and SIP probes: parsers, scripted fakes (FakeDevice.h)
# and real daemons (lighttpd, openssl s_server) on 127.x only.
ab_add_test(tst_webparsers SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_webparsers.cpp LIBS abcore LABELS probe)
ab_add_test(tst_http SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_http.cpp LIBS abcore LABELS probe)
ab_add_test(tst_rtsp SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_rtsp.cpp LIBS abcore LABELS probe)
ab_add_test(tst_onvif SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_onvif.cpp LIBS abcore LABELS probe)
ab_add_test(tst_sip SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_sip.cpp LIBS abcore LABELS probe)
