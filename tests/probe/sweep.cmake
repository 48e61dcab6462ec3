# TCP connect sweep, port lists, unicast discovery; the sweep benchmark driver.
ab_add_test(tst_sweep SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_sweep.cpp LIBS abcore LABELS probe)
ab_add_test(tst_discovery SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_discovery.cpp LIBS abcore LABELS probe)
# Not a test: tests/bench/bench_probe.sh runs it against nmap.
qt_add_executable(sweep_tool ${PROJECT_SOURCE_DIR}/tests/bench/sweep_tool.cpp)
target_link_libraries(sweep_tool PRIVATE auditbench_config abcore)
