"""The Opportunities page (issue 22): job applications on a board by stage and in a table, with their people,
interviews and the documents sent (see :mod:`.page`)."""
