target_sources(krynet_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/containerdetails.cpp ${CMAKE_CURRENT_LIST_DIR}/containerdetails.h
    ${CMAKE_CURRENT_LIST_DIR}/containerspanel.cpp ${CMAKE_CURRENT_LIST_DIR}/containerspanel.h
    ${CMAKE_CURRENT_LIST_DIR}/environmentselector.cpp ${CMAKE_CURRENT_LIST_DIR}/environmentselector.h
    ${CMAKE_CURRENT_LIST_DIR}/recreateflow.cpp ${CMAKE_CURRENT_LIST_DIR}/recreateflow.h)
