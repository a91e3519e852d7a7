# A consumer gets the library targets and nothing else: none of our tests, examples,
# benchmarks or tools may be configured into its build.
foreach(t juspay-sansio-tests juspay-sansio-e2e-tests juspay-sansio-alloc-tests juspay-emulator-tests readme_use
          juspay-sansio-bench customer_demo quickstart juspay-emulator
          juspay-sansio-transports)
  if(TARGET ${t})
    message(FATAL_ERROR "the consumer's build contains juspay-sansio's own target ${t}")
  endif()
endforeach()
foreach(t juspay::sansio juspay::sansio_header_only juspay::sansio_compiled)
  if(NOT TARGET ${t})
    message(FATAL_ERROR "${t} should exist")
  endif()
endforeach()
