package uk.socialvalue.membership.register.web;

import java.util.List;
import java.util.SortedSet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.membership.register.Council;
import uk.socialvalue.membership.register.CouncilRegister;

/** The council register, for finding a council's GSS code when applying. */
@RestController
@Tag(name = "Council register")
class CouncilsController {

    private final CouncilRegister register;

    CouncilsController(CouncilRegister register) {
        this.register = register;
    }

    @GetMapping("/api/councils")
    @Operation(summary = "Current UK councils whose name contains q (mySociety data, CC BY 4.0; ONS codes, OGL v3)")
    List<Council> councils(@RequestParam(required = false) String q) {
        return register.search(q);
    }

    @GetMapping("/api/regions")
    @Operation(summary = "The UK regions and nations used by the register")
    SortedSet<String> regions() {
        return register.regions();
    }
}
