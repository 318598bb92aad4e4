# Small services: Gluetun, Nginx Proxy Manager, Immich, and the minimal web apps (cloudflared metrics,
# Open WebUI, Homarr, Dozzle, GoAccess).
target_sources(krynet_labsim PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/gluetunservice.cpp ${CMAKE_CURRENT_LIST_DIR}/gluetunservice.h
    ${CMAKE_CURRENT_LIST_DIR}/immichservice.cpp ${CMAKE_CURRENT_LIST_DIR}/immichservice.h
    ${CMAKE_CURRENT_LIST_DIR}/npmservice.cpp ${CMAKE_CURRENT_LIST_DIR}/npmservice.h
    ${CMAKE_CURRENT_LIST_DIR}/webappservice.cpp ${CMAKE_CURRENT_LIST_DIR}/webappservice.h)
