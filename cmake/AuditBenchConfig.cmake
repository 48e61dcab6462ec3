# One INTERFACE target carries the settings every AuditBench target shares.
add_library(auditbench_config INTERFACE)
target_compile_features(auditbench_config INTERFACE cxx_std_20)
target_compile_options(auditbench_config INTERFACE -Wall -Wextra -Wpedantic
    $<$<BOOL:${AB_WERROR}>:-Werror>)
target_compile_definitions(auditbench_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    AB_VERSION="${PROJECT_VERSION}")
target_include_directories(auditbench_config INTERFACE ${PROJECT_SOURCE_DIR})

# Registers a QtTest executable with the environment every test gets.
function(ab_add_test name)
    cmake_parse_arguments(T "GUI" "" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${name} ${T_SOURCES})
    set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF)
    target_link_libraries(${name} PRIVATE auditbench_config Qt6::Test ${T_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    set(env "QT_QPA_PLATFORM=offscreen"
            "AB_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data"
            "AB_CLI=$<TARGET_FILE:auditbench-cli>"
)
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" LABELS "${T_LABELS}")
endfunction()
