·xy = 1
