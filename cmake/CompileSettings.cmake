# Strict settings shared by every target of the project (cp_strict_target).
add_library(cp_compile_settings INTERFACE)
target_compile_options(cp_compile_settings INTERFACE -Wall -Wextra -Wpedantic)
if(CP_WERROR)
    target_compile_options(cp_compile_settings INTERFACE -Werror)
endif()
target_compile_definitions(cp_compile_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    CP_VERSION="${PROJECT_VERSION}")

if(CP_SANITIZE)
    set(_cp_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_compile_options(cp_compile_settings INTERFACE ${_cp_san})
    target_link_options(cp_compile_settings INTERFACE ${_cp_san})
endif()
