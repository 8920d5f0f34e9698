if x:
	pass
    	pass
