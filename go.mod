module github.com/xborder/xborder

go 1.26.0
