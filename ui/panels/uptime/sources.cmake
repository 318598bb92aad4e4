target_sources(krynet_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/uptimepanel.cpp ${CMAKE_CURRENT_LIST_DIR}/uptimepanel.h)
