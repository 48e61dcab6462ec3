# TCP connect sweep, port lists, unicast discovery; the sweep benchmark driver.
ab_add_test(tst_sweep SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_sweep.cpp LIBS abcore LABELS probe)
ab_add_test(tst_discovery SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_discovery.cpp LIBS abcore LABELS probe)
# Not a test: tests/bench/bench_probe.sh runs it against nmap.
qt_add_executable(sweep_tool ${PROJECT_SOURCE_DIR}/tests/bench/sweep_tool.cpp)
target_link_libraries(sweep_tool PRIVATE auditbench_config abcore)
# Multicast WS-Discovery and SSDP for real, in a private network namespace
# the test makes itself (root in CI; a user namespace elsewhere).
ab_add_test(tst_multicast SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_multicast.cpp ${CMAKE_CURRENT_SOURCE_DIR}/PrivateNetwork.h
            ${CMAKE_CURRENT_SOURCE_DIR}/GroupResponder.h LIBS abcore LABELS probe)
