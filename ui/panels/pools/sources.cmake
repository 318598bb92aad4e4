target_sources(krynet_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/poolcard.cpp ${CMAKE_CURRENT_LIST_DIR}/poolcard.h
    ${CMAKE_CURRENT_LIST_DIR}/poolspanel.cpp ${CMAKE_CURRENT_LIST_DIR}/poolspanel.h)
