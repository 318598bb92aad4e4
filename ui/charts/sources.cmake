target_sources(krynet_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/spendchart.cpp ${CMAKE_CURRENT_LIST_DIR}/spendchart.h)
