target_sources(krynet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/accessmodedetector.cpp ${CMAKE_CURRENT_LIST_DIR}/accessmodedetector.h
    ${CMAKE_CURRENT_LIST_DIR}/httperrors.cpp ${CMAKE_CURRENT_LIST_DIR}/httperrors.h
    ${CMAKE_CURRENT_LIST_DIR}/httptypes.cpp ${CMAKE_CURRENT_LIST_DIR}/httptypes.h
    ${CMAKE_CURRENT_LIST_DIR}/npmclient.cpp ${CMAKE_CURRENT_LIST_DIR}/npmclient.h
    ${CMAKE_CURRENT_LIST_DIR}/serviceclient.cpp ${CMAKE_CURRENT_LIST_DIR}/serviceclient.h
    ${CMAKE_CURRENT_LIST_DIR}/tailscalestatus.cpp ${CMAKE_CURRENT_LIST_DIR}/tailscalestatus.h
    ${CMAKE_CURRENT_LIST_DIR}/tlspin.cpp ${CMAKE_CURRENT_LIST_DIR}/tlspin.h)
