# Not a test: tests/bench/bench_creds.sh runs it beside hydra against lighttpd
# (HTTP Digest) to measure the credential check rate.
qt_add_executable(cred_tool ${PROJECT_SOURCE_DIR}/tests/bench/cred_tool.cpp)
target_link_libraries(cred_tool PRIVATE auditbench_config abcore)
