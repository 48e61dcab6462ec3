# The scope gate itself (per-name ports).
ab_add_test(tst_scopegate SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_scopegate.cpp LIBS abcore LABELS probe)
