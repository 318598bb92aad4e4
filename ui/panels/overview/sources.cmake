target_sources(krynet_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/overviewpanel.cpp ${CMAKE_CURRENT_LIST_DIR}/overviewpanel.h
    ${CMAKE_CURRENT_LIST_DIR}/overviewtile.cpp ${CMAKE_CURRENT_LIST_DIR}/overviewtile.h)
