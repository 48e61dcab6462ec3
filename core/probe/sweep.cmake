# The TCP connect sweep, port lists and unicast discovery (WS-Discovery, SSDP).
target_sources(abcore PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/probe/PortLists.h ${CMAKE_CURRENT_SOURCE_DIR}/probe/PortLists.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/probe/Sweep.h ${CMAKE_CURRENT_SOURCE_DIR}/probe/Sweep.cpp ${CMAKE_CURRENT_SOURCE_DIR}/probe/SweepTargets.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/probe/Discovery.h ${CMAKE_CURRENT_SOURCE_DIR}/probe/Discovery.cpp
)
