# The shared probe pieces (credential lists, lockout budget, transcripts).
ab_add_test(tst_credentials SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_credentials.cpp LIBS abcore LABELS probe)
