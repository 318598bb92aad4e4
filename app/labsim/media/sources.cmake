# Media domain of krynet-labsim: Seerr, Sonarr, Radarr, Prowlarr, Bazarr, qBittorrent, SABnzbd and Jellyfin
# over one shared MediaState.
target_sources(krynet_labsim PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/arrservice.cpp ${CMAKE_CURRENT_LIST_DIR}/arrservice.h
    ${CMAKE_CURRENT_LIST_DIR}/bazarrservice.cpp ${CMAKE_CURRENT_LIST_DIR}/bazarrservice.h
    ${CMAKE_CURRENT_LIST_DIR}/jellyfinservice.cpp ${CMAKE_CURRENT_LIST_DIR}/jellyfinservice.h
    ${CMAKE_CURRENT_LIST_DIR}/mediaservices.cpp ${CMAKE_CURRENT_LIST_DIR}/mediaservices.h
    ${CMAKE_CURRENT_LIST_DIR}/mediastate.cpp ${CMAKE_CURRENT_LIST_DIR}/mediastate.h
    ${CMAKE_CURRENT_LIST_DIR}/mediautil.h
    ${CMAKE_CURRENT_LIST_DIR}/prowlarrservice.cpp ${CMAKE_CURRENT_LIST_DIR}/prowlarrservice.h
    ${CMAKE_CURRENT_LIST_DIR}/qbittorrentservice.cpp ${CMAKE_CURRENT_LIST_DIR}/qbittorrentservice.h
    ${CMAKE_CURRENT_LIST_DIR}/sabnzbdservice.cpp ${CMAKE_CURRENT_LIST_DIR}/sabnzbdservice.h
    ${CMAKE_CURRENT_LIST_DIR}/seerrservice.cpp ${CMAKE_CURRENT_LIST_DIR}/seerrservice.h)
