package pathway_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/xborder/xborder/analyzers/pathway"
)

func testdata(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestBasic(t *testing.T) {
	a := pathway.New(pathway.Options{Today: "2026-11-25"})
	analysistest.Run(t, testdata(t), a, "basic", "malformed", "crm/app", "pathways", "idioms", "declared/app", "netsinks", "rpc/app", "sdks/websockets", "sdks/objectstore", "endpoints/lib", "endpoints/app")
}
