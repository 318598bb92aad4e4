target_sources(krynet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/actionlog.cpp ${CMAKE_CURRENT_LIST_DIR}/actionlog.h
    ${CMAKE_CURRENT_LIST_DIR}/demolab.cpp ${CMAKE_CURRENT_LIST_DIR}/demolab.h
    ${CMAKE_CURRENT_LIST_DIR}/labsession.cpp ${CMAKE_CURRENT_LIST_DIR}/labsession.h
    ${CMAKE_CURRENT_LIST_DIR}/servicedirectory.cpp ${CMAKE_CURRENT_LIST_DIR}/servicedirectory.h
    ${CMAKE_CURRENT_LIST_DIR}/serviceprobe.cpp ${CMAKE_CURRENT_LIST_DIR}/serviceprobe.h)
