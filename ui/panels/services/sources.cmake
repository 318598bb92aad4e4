target_sources(krynet_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/servicespanel.cpp ${CMAKE_CURRENT_LIST_DIR}/servicespanel.h)
