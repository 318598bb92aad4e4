target_sources(krynet_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/emptystate.cpp ${CMAKE_CURRENT_LIST_DIR}/emptystate.h
    ${CMAKE_CURRENT_LIST_DIR}/prompter.cpp ${CMAKE_CURRENT_LIST_DIR}/prompter.h)
