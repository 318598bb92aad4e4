target_sources(krynet_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/actionlogview.cpp ${CMAKE_CURRENT_LIST_DIR}/actionlogview.h
    ${CMAKE_CURRENT_LIST_DIR}/commandpalette.cpp ${CMAKE_CURRENT_LIST_DIR}/commandpalette.h
    ${CMAKE_CURRENT_LIST_DIR}/connectionbanner.cpp ${CMAKE_CURRENT_LIST_DIR}/connectionbanner.h
    ${CMAKE_CURRENT_LIST_DIR}/connectionindicator.cpp ${CMAKE_CURRENT_LIST_DIR}/connectionindicator.h
    ${CMAKE_CURRENT_LIST_DIR}/mainwindow.cpp ${CMAKE_CURRENT_LIST_DIR}/mainwindow.h
    ${CMAKE_CURRENT_LIST_DIR}/resources.cpp ${CMAKE_CURRENT_LIST_DIR}/resources.h
    ${CMAKE_CURRENT_LIST_DIR}/trayicon.cpp ${CMAKE_CURRENT_LIST_DIR}/trayicon.h)
