# labsim storage: the simulated TrueNAS pools, disks and scrub tasks and the CLI programs that show them.
target_sources(krynet_labsim PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/smartctl.cpp
    ${CMAKE_CURRENT_LIST_DIR}/storagecommands.cpp ${CMAKE_CURRENT_LIST_DIR}/storagecommands.h
    ${CMAKE_CURRENT_LIST_DIR}/storagestate.cpp ${CMAKE_CURRENT_LIST_DIR}/storagestate.h
    ${CMAKE_CURRENT_LIST_DIR}/truenasapi.cpp ${CMAKE_CURRENT_LIST_DIR}/truenasapi.h
    ${CMAKE_CURRENT_LIST_DIR}/zfsformat.cpp ${CMAKE_CURRENT_LIST_DIR}/zfsformat.h)
