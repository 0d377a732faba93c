module example.com/domain

go 1.26
