# labsim ssh: the lab's SSH server (libssh server mode), its POSIX-ish shell, and the wiring of the
# storage and container simulations behind it.
target_sources(krynet_labsim PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/labshell.cpp ${CMAKE_CURRENT_LIST_DIR}/labshell.h
    ${CMAKE_CURRENT_LIST_DIR}/sshserver.cpp ${CMAKE_CURRENT_LIST_DIR}/sshserver.h
    ${CMAKE_CURRENT_LIST_DIR}/storageandcontainers.cpp ${CMAKE_CURRENT_LIST_DIR}/storageandcontainers.h)
