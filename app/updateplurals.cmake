# Refreshes the English plural forms: lupdate -pluralonly over today's sources into
# TS_FILE, then FILL (tools/i18n/english-plurals.py) writes each message's two forms.
#   cmake -DLUPDATE=... -DTS_FILE=... -DPROJECT_IN=... -DGENERATOR=... -DWORK_DIR=...
#         -DFILL=... -P updateplurals.cmake
file(MAKE_DIRECTORY ${WORK_DIR})
set(project ${WORK_DIR}/project.json)
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${project}
                        -P ${GENERATOR} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the lupdate project could not be written (${result})")
endif()
execute_process(COMMAND ${LUPDATE} -project ${project} -no-obsolete -locations none -pluralonly
                        -ts ${TS_FILE} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result})")
endif()
execute_process(COMMAND python3 ${FILL} ${TS_FILE} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the plural forms could not be filled (${result})")
endif()
