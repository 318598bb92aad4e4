# labsim docker: the simulated Docker host (containers, events, logs, stats) and Portainer in front of it.
target_sources(krynet_labsim PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/containerstate.cpp ${CMAKE_CURRENT_LIST_DIR}/containerstate.h
    ${CMAKE_CURRENT_LIST_DIR}/dockerapi.cpp ${CMAKE_CURRENT_LIST_DIR}/dockerapi.h
    ${CMAKE_CURRENT_LIST_DIR}/portainerservice.cpp ${CMAKE_CURRENT_LIST_DIR}/portainerservice.h)
