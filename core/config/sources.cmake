target_sources(krynet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/accessmode.cpp ${CMAKE_CURRENT_LIST_DIR}/accessmode.h
    ${CMAKE_CURRENT_LIST_DIR}/profile.cpp ${CMAKE_CURRENT_LIST_DIR}/profile.h
    ${CMAKE_CURRENT_LIST_DIR}/profilestore.cpp ${CMAKE_CURRENT_LIST_DIR}/profilestore.h
    ${CMAKE_CURRENT_LIST_DIR}/profiletransfer.cpp ${CMAKE_CURRENT_LIST_DIR}/profiletransfer.h
    ${CMAKE_CURRENT_LIST_DIR}/servicecatalog.cpp ${CMAKE_CURRENT_LIST_DIR}/servicecatalog.h
    ${CMAKE_CURRENT_LIST_DIR}/sshconfig.cpp ${CMAKE_CURRENT_LIST_DIR}/sshconfig.h)
