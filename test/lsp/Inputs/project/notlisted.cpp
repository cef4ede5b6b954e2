int not_in_the_database() { return 0; }
