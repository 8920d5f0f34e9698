// Compiled into a stage library that has no sources yet (keeps CMake configuring).
