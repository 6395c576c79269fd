"""What the office server and its workstations agree on: the value codec, the errors
that cross the wire and the list of calls a workstation may make."""
