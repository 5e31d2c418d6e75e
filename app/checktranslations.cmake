# A translation is complete: lupdate over today's sources, into a copy of the .ts file, finds
# no string without a translation (new or changed strings come out "unfinished"). With
# PLURALS_ONLY=ON only the strings with plural forms count (the English file).
#   cmake -DLUPDATE=... -DTS_FILE=... [-DPLURALS_ONLY=ON] -DPROJECT_IN=... -DGENERATOR=...
#         -DWORK_DIR=... -P checktranslations.cmake
# PROJECT_IN is the lupdate project qt_add_translations writes at configure time (sources and
# include paths); GENERATOR is Qt's script that turns it into lupdate's JSON project.
file(MAKE_DIRECTORY ${WORK_DIR})
get_filename_component(name ${TS_FILE} NAME)
set(copy ${WORK_DIR}/${name})
configure_file(${TS_FILE} ${copy} COPYONLY)
set(project ${WORK_DIR}/project.json)
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${project}
                        -P ${GENERATOR} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the lupdate project could not be written (${result})")
endif()
set(only "")
if(PLURALS_ONLY)
    set(only -pluralonly)
endif()
execute_process(COMMAND ${LUPDATE} -project ${project} -no-obsolete -locations none ${only}
                        -ts ${copy}
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result})")
endif()
file(STRINGS ${copy} unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
if(count GREATER 0)
    file(STRINGS ${copy} lines)
    set(missing "")
    set(previous "")
    foreach(line IN LISTS lines)
        if(line MATCHES "type=\"unfinished\"")
            string(APPEND missing "\n  ${previous}")
        endif()
        if(line MATCHES "<source>")
            set(previous "${line}")
        endif()
    endforeach()
    message(FATAL_ERROR "${count} string(s) without a translation in ${name} "
                        "(run `cmake --build build --target update_translations`, then translate;"
                        " English plurals: tools/i18n/english-plurals.py):${missing}")
endif()
message(STATUS "${name}: every string translated")
