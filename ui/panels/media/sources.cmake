target_sources(krynet_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/mediapanel.cpp ${CMAKE_CURRENT_LIST_DIR}/mediapanel.h)
