target_sources(krynet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/hostkey.h
    ${CMAKE_CURRENT_LIST_DIR}/remotecommand.cpp ${CMAKE_CURRENT_LIST_DIR}/remotecommand.h
    ${CMAKE_CURRENT_LIST_DIR}/sshconnection.cpp ${CMAKE_CURRENT_LIST_DIR}/sshconnection.h
    ${CMAKE_CURRENT_LIST_DIR}/sshhandles.h
    ${CMAKE_CURRENT_LIST_DIR}/sshoptions.cpp ${CMAKE_CURRENT_LIST_DIR}/sshoptions.h
    ${CMAKE_CURRENT_LIST_DIR}/sshunixsocket.cpp ${CMAKE_CURRENT_LIST_DIR}/sshunixsocket.h
    ${CMAKE_CURRENT_LIST_DIR}/sshworker.cpp ${CMAKE_CURRENT_LIST_DIR}/sshworker.h)
target_sources(krynet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/profileoptions.cpp ${CMAKE_CURRENT_LIST_DIR}/profileoptions.h)
