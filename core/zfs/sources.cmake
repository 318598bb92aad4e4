target_sources(krynet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/jsonparsers.cpp ${CMAKE_CURRENT_LIST_DIR}/jsonsupport.h
    ${CMAKE_CURRENT_LIST_DIR}/parsers.h
    ${CMAKE_CURRENT_LIST_DIR}/pool.cpp ${CMAKE_CURRENT_LIST_DIR}/pool.h
    ${CMAKE_CURRENT_LIST_DIR}/smartparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/statustext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/textlists.cpp
    ${CMAKE_CURRENT_LIST_DIR}/truenasparser.cpp)
target_sources(krynet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/poolhealth.cpp ${CMAKE_CURRENT_LIST_DIR}/poolhealth.h
    ${CMAKE_CURRENT_LIST_DIR}/poolstore.cpp ${CMAKE_CURRENT_LIST_DIR}/poolstore.h)
target_sources(krynet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/poolmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/poolmodel.h)
target_sources(krynet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/cron.cpp ${CMAKE_CURRENT_LIST_DIR}/cron.h
    ${CMAKE_CURRENT_LIST_DIR}/scrubplan.cpp ${CMAKE_CURRENT_LIST_DIR}/scrubplan.h
    ${CMAKE_CURRENT_LIST_DIR}/scrubschedules.cpp ${CMAKE_CURRENT_LIST_DIR}/scrubschedules.h)
