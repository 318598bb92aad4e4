target_sources(krynet_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/heartbeatbar.cpp ${CMAKE_CURRENT_LIST_DIR}/heartbeatbar.h
    ${CMAKE_CURRENT_LIST_DIR}/spendchart.cpp ${CMAKE_CURRENT_LIST_DIR}/spendchart.h
    ${CMAKE_CURRENT_LIST_DIR}/timechart.cpp ${CMAKE_CURRENT_LIST_DIR}/timechart.h)
