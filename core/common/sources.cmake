target_sources(krynet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/displaytext.cpp ${CMAKE_CURRENT_LIST_DIR}/displaytext.h
    ${CMAKE_CURRENT_LIST_DIR}/error.cpp ${CMAKE_CURRENT_LIST_DIR}/error.h
    ${CMAKE_CURRENT_LIST_DIR}/futurewatch.h
    ${CMAKE_CURRENT_LIST_DIR}/health.cpp ${CMAKE_CURRENT_LIST_DIR}/health.h
    ${CMAKE_CURRENT_LIST_DIR}/logging.cpp ${CMAKE_CURRENT_LIST_DIR}/logging.h
    ${CMAKE_CURRENT_LIST_DIR}/numbers.h
    ${CMAKE_CURRENT_LIST_DIR}/processmemory.cpp ${CMAKE_CURRENT_LIST_DIR}/processmemory.h
    ${CMAKE_CURRENT_LIST_DIR}/redaction.cpp ${CMAKE_CURRENT_LIST_DIR}/redaction.h
    ${CMAKE_CURRENT_LIST_DIR}/result.h
    ${CMAKE_CURRENT_LIST_DIR}/sameturn.h
    ${CMAKE_CURRENT_LIST_DIR}/stalldetector.cpp ${CMAKE_CURRENT_LIST_DIR}/stalldetector.h
    ${CMAKE_CURRENT_LIST_DIR}/terminaltext.cpp ${CMAKE_CURRENT_LIST_DIR}/terminaltext.h)
