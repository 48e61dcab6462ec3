# The shared probe pieces (credential lists, lockout budget, transcripts).
ab_add_test(tst_credentials SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_credentials.cpp LIBS abcore LABELS probe)
# Every service-probe connection: per-host and total limits, rate, Stop while waiting.
ab_add_test(tst_connlimits SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_connlimits.cpp ${CMAKE_CURRENT_SOURCE_DIR}/FakeDevice.h LIBS abcore LABELS probe)
