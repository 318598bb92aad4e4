target_sources(krynet_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/monitordetails.cpp ${CMAKE_CURRENT_LIST_DIR}/monitordetails.h
    ${CMAKE_CURRENT_LIST_DIR}/uptimepanel.cpp ${CMAKE_CURRENT_LIST_DIR}/uptimepanel.h)
