target_sources(krynet_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/generatekeydialog.cpp ${CMAKE_CURRENT_LIST_DIR}/generatekeydialog.h
    ${CMAKE_CURRENT_LIST_DIR}/llmpanel.cpp ${CMAKE_CURRENT_LIST_DIR}/llmpanel.h
    ${CMAKE_CURRENT_LIST_DIR}/modeldialogs.cpp ${CMAKE_CURRENT_LIST_DIR}/modeldialogs.h
    ${CMAKE_CURRENT_LIST_DIR}/newkeybanner.cpp ${CMAKE_CURRENT_LIST_DIR}/newkeybanner.h
    ${CMAKE_CURRENT_LIST_DIR}/rotatekeydialog.cpp ${CMAKE_CURRENT_LIST_DIR}/rotatekeydialog.h)
